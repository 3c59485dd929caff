using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Platforma.Data;

namespace Platforma.Web.Portal.Mail;

/// <summary>Sends a gmina's e-mail: over SMTP when <c>Email:Smtp:Host</c> is configured, otherwise into a folder.</summary>
public abstract class MailSender
{
    public abstract Task SendAsync(string gminaSlug, MimeMessage message, CancellationToken ct);

    public static MailSender Create(IServiceProvider services)
    {
        var config = services.GetRequiredService<IConfiguration>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger<MailSender>();
        if (config["Email:Smtp:Host"] is { Length: > 0 } host)
            return new SmtpMailSender(host, config.GetValue("Email:Smtp:Port", 587), config["Email:Smtp:User"],
                config["Email:Smtp:Password"], config.GetValue("Email:Smtp:StartTls", true));
        var folder = Path.Combine(services.GetRequiredService<DatabaseOptions>().DataFolder, "mail");
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment())
            log.LogWarning("Email:Smtp:Host is not set: e-mails are written to {Folder} and not sent", folder);
        return new OutboxMailSender(folder);
    }
}

/// <summary>SMTP through MailKit; one connection per message (activation and reset mails are rare).</summary>
public sealed class SmtpMailSender(string host, int port, string? user, string? password, bool startTls) : MailSender
{
    public override async Task SendAsync(string gminaSlug, MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(host, port, startTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto, ct);
        if (!string.IsNullOrEmpty(user)) await client.AuthenticateAsync(user, password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>
/// Development and tests: each message becomes an .eml file in <c>{DataFolder}/mail/{slug}/</c>, which any mail
/// client opens and the tests read the links from.
/// </summary>
public sealed class OutboxMailSender(string folder) : MailSender
{
    public string Folder { get; } = folder;

    public override async Task SendAsync(string gminaSlug, MimeMessage message, CancellationToken ct)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Folder, gminaSlug)).FullName;
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(dir, name), ct);
    }
}
