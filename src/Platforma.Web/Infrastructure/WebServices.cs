using Microsoft.AspNetCore.Identity;
using Platforma.Web.Operator;
using Platforma.Web.Portal;
using Platforma.Web.Portal.Api;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Infrastructure;

public static class WebServices
{
    /// <summary>Razor Pages organised by feature folder, each folder bound to the kind of host it serves.</summary>
    public static IServiceCollection AddPlatformWeb(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AddFolderApplicationModelConvention("/Directory", m => m.EndpointMetadata.Add(new ForHostMetadata(HostKind.Apex)));
            o.Conventions.AddFolderApplicationModelConvention("/Portal", m => m.EndpointMetadata.Add(new ForHostMetadata(HostKind.Tenant)));
            o.Conventions.AddFolderApplicationModelConvention("/Operator", m => m.EndpointMetadata.Add(new ForHostMetadata(HostKind.Operator)));
            o.Conventions.AuthorizeFolder("/Operator", OperatorAuth.Policy);
            // Office staff of the gmina whose host this is (the session names its gmina, see PortalServices).
            o.Conventions.AddFolderApplicationModelConvention("/Office", m => m.EndpointMetadata.Add(new ForHostMetadata(HostKind.Tenant)));
            o.Conventions.AuthorizeFolder("/Office", PortalServices.OfficeStaffPolicy);
            o.Conventions.AllowAnonymousToPage("/Operator/SignIn");
        });
        // Polish pages: write ą, ś, ż as themselves, not as &#x...; entities (the encoder still escapes markup).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "platforma.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // One scheme name for the app; on the operator host it is the operator's cookie, elsewhere the gmina's.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "Platforma";
                o.DefaultChallengeScheme = "Platforma";
            })
            .AddPolicyScheme("Platforma", null, o => o.ForwardDefaultSelector = http =>
                http.RequestServices.GetRequiredService<CurrentTenant>().Host.Kind == HostKind.Operator
                    ? OperatorAuth.Scheme
                    : IdentityConstants.ApplicationScheme)
            .AddOperatorCookie()
            .AddResidentBearerTokens()
            .AddIdentityCookies();
        services.AddScoped<PlatformSetup>();
        return services;
    }
}
