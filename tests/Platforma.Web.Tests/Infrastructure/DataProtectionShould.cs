using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platforma.Data.Catalog;

namespace Platforma.Web.Tests.Infrastructure;

/// <summary>One gmina, with the Data Protection key ring encrypted by a certificate.</summary>
public sealed class CertificateProtectedHost : PlatformHost
{
    private readonly string _tenantsFile = Path.Combine(Repository.Root, $"tenants.test-{Guid.NewGuid():N}.json");
    private readonly string _certificate = Path.Combine(Path.GetTempPath(), $"platforma-dp-{Guid.NewGuid():N}.pfx");

    public override string Provider => "Sqlite";

    protected override IEnumerable<string> ProviderSettings() => ["--Database:Provider=Sqlite"];

    protected override IEnumerable<string> ExtraSettings() =>
    [
        $"--Platforma:TenantsFile={_tenantsFile}",
        $"--DataProtection:Certificate:Path={_certificate}",
        "--DataProtection:Certificate:Password=test-password",
    ];

    public override async ValueTask InitializeAsync()
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(Repository.TenantsFile))!;
        var mosina = root["gminy"]!.AsArray().Single(g => (string?)g!["slug"] == "mosina")!.DeepClone();
        root["gminy"] = new JsonArray(mosina);
        await File.WriteAllTextAsync(_tenantsFile, root.ToJsonString());

        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Platforma Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(_certificate, certificate.Export(X509ContentType.Pfx, "test-password"));
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_tenantsFile);
        File.Delete(_certificate);
    }
}

public sealed class DataProtectionShould(CertificateProtectedHost host) : IClassFixture<CertificateProtectedHost>
{
    [Fact]
    public async Task Keep_the_key_ring_encrypted_at_rest_when_a_certificate_is_configured()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
        using var portal = host.Client("mosina");
        Assert.Equal(HttpStatusCode.OK, (await portal.GetAsync("/health/ready")).StatusCode);
    }
}
