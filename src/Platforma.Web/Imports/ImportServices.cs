namespace Platforma.Web.Imports;

public static class ImportServices
{
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.AddSingleton<ImportStore>();
        services.AddScoped<PackageImporter>();
        services.AddTransient<ImportJob>();
        services.AddTransient<InboxImportJob>();
        return services;
    }
}
