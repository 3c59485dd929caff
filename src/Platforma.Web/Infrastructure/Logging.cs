using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Platforma.Web.Infrastructure;

public static class Logging
{
    /// <summary>
    /// Serilog: readable console in Development, compact JSON elsewhere. Every event carries <c>Gmina</c> and
    /// <c>CorrelationId</c> ("-" outside a gmina or request); the request scope overrides them.
    /// </summary>
    public static WebApplicationBuilder AddPlatformLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        // preserveStaticLogger: each app instance keeps its own logger instead of taking over Serilog's static one,
        // which several hosts in one process (the tests, a CLI command next to a host) would otherwise overwrite and,
        // on disposal, silence for each other.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, log) =>
        {
            log.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                // Npgsql's migrator probes the history table by querying it and logs the expected failure on a new
                // database as an error (npgsql/efcore.pg#3407); real command failures still surface as exceptions.
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal)
                .MinimumLevel.Override("Microsoft.Extensions.Http", LogEventLevel.Warning)
                .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services) // sinks registered as services (a test's capture, a future shipper)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Gmina", "-")
                .Enrich.WithProperty("CorrelationId", "-");
            if (development)
                log.WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Gmina} {CorrelationId} {Message:lj}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            else
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
        });
        return builder;
    }

    public static IApplicationBuilder UsePlatformRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>(); // the app's own, not the static one
            o.MessageTemplate = "{RequestMethod} {RequestHost}{RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set("RequestHost", http.Request.Host.Value);
            // Probes would drown everything else.
            o.GetLevel = (http, _, error) => error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose : LogEventLevel.Information;
        });
}
