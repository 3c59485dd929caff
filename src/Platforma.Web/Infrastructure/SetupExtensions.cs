using Microsoft.Extensions.Options;

namespace Platforma.Web.Infrastructure;

public static class SetupExtensions
{
    public static async Task SetUpPlatformAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.SetupOnStart) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PlatformSetup>().RunAsync(app.Lifetime.ApplicationStopping);
    }
}
