namespace Platforma.Web.Imports;

public static class ImportServices
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddSingleton<ImportStore>();
        services.AddScoped<PackageImporter>();
        services.AddScoped<ImportSubmissions>();
        services.AddSingleton<ImportApiKeys>();
        services.AddTransient<ImportJob>();
        services.AddTransient<InboxImportJob>();
        services.AddTransient<Demo.DemoDataJob>();
        return services;
    }
}
