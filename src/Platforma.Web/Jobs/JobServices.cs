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
            // Imports get a server of their own with few workers, so short jobs (checks, inbox scans) never wait behind
            // them and the number of imports running at once stays bounded.
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:default";
                o.WorkerCount = Math.Max(4, Environment.ProcessorCount * 2);
                o.Queues = ["default"];
            });
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:imports";
                o.WorkerCount = Math.Max(1, config.GetValue("Platforma:ImportWorkers", new PlatformOptions().ImportWorkers));
                o.Queues = ["imports"];
            });
        }
        services.AddSingleton<RecurringJobs>();
        services.AddTransient<TenantCheckJob>();
        return services;
    }
}
