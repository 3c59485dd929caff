using Platforma.Web.Cli;
using Platforma.Web.Infrastructure;
using Platforma.Web.Jobs;
using Platforma.Web.Operator;
using Platforma.Web.Portal;
using Platforma.Web.Tenancy;

var builder = WebApplication.CreateBuilder(args);
if (PlatformCli.IsCommand(args)) PlatformCli.ConfigureHost(builder);

builder.AddPlatformLogging();
builder.Services.AddPlatformData(builder.Configuration, builder.Environment);
builder.Services.AddTenancy(builder.Configuration);
builder.Services.AddPlatformJobs(builder.Configuration);
builder.Services.AddPlatformWeb();
builder.Services.AddPortal();
builder.Services.AddOperatorConsole();
builder.Services.AddPlatformHealthChecks();

var app = builder.Build();

if (PlatformCli.IsCommand(args))
    return await PlatformCli.RunAsync(app, args);

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

app.MapPlatformHealthChecks();
app.MapBranding();
app.MapPortal();
app.MapOperatorConsole();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
