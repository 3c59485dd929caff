using Hangfire;
using Platforma.Data;
using Platforma.Web.Infrastructure;

namespace Platforma.Web.Jobs;

public static class JobServices
{
    /// <summary>Hangfire with its storage in the catalog (provider-specific), and a server unless Platforma:RunJobs is false.</summary>
    public static IServiceCollection AddPlatformJobs(this IServiceCollection services, IConfiguration config)
    {
        services.AddHangfire((sp, hangfire) =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            sp.GetRequiredService<DatabaseProvider>().UseHangfireStorage(hangfire);
        });
        if (config.GetValue("Platforma:RunJobs", new PlatformOptions().RunJobs))
        {
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
                o.Queues = ["default", "imports"];
            });
        }
        services.AddSingleton<RecurringJobs>();
        services.AddTransient<TenantCheckJob>();
        return services;
    }
}
