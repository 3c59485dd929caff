using Platforma.Web.Cli;
using Platforma.Web.Imports;
using Platforma.Web.Infrastructure;
using Platforma.Web.Jobs;
using Platforma.Web.Operator;
using Platforma.Web.Portal;
using Platforma.Web.Tenancy;

namespace Platforma.Web;

/// <summary>
/// The composition of the one host, feature by feature. Program.cs runs it; tests build the same app with their own
/// settings (command-line style, so every registration sees them).
/// </summary>
public static class PlatformApp
{
    public static WebApplicationBuilder CreateBuilder(string[] args, string? contentRoot = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(PlatformApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });
        if (PlatformCli.IsCommand(args)) PlatformCli.ConfigureHost(builder);

        builder.AddPlatformLogging();
        builder.Services.AddPlatformData(builder.Configuration, builder.Environment);
        builder.Services.AddTenancy(builder.Configuration);
        builder.Services.AddPlatformJobs(builder.Configuration);
        builder.Services.AddPlatformWeb();
        builder.Services.AddPortal(builder.Configuration);
        builder.Services.AddOperatorConsole();
        builder.Services.AddImports();
        builder.Services.AddPlatformHealthChecks();
        return builder;
    }

    /// <summary>Sets the platform up (catalog, gminy, migrations, jobs) and wires the request pipeline.</summary>
    public static async Task ConfigureAsync(WebApplication app)
    {
        await app.SetUpPlatformAsync();

        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseTenancy();
        app.UsePlatformRequestLogging();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/blad");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapPlatformHealthChecks();
        app.MapBranding();
        app.MapPortal();
        app.MapOperatorConsole();
        app.MapImportApi();
        app.MapRazorPages();

        await Imports.Demo.DemoDataJob.ScheduleOnFirstStartAsync(app);
    }
}
