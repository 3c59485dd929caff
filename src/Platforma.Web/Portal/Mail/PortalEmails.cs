using MimeKit;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Mail;

/// <summary>The messages the portal sends a resident, in Polish, from the gmina's portal and naming it.</summary>
public sealed class PortalEmails(MailSender sender, IConfiguration config)
{
    public Task SendConfirmationAsync(TenantInfo gmina, string to, string link, CancellationToken ct) =>
        SendAsync(gmina, to, $"Potwierdź adres e-mail — portal mieszkańca, {gmina.Name}",
            $"""
            Dzień dobry,

            ten adres podano przy zakładaniu konta w portalu mieszkańca ({gmina.Name}).
            Aby potwierdzić adres i zakończyć zakładanie konta, otwórz link:

            {link}

            Link jest ważny przez 3 dni. Jeśli to nie Ty zakładasz konto, zignoruj tę wiadomość.

            {Signature(gmina)}
            """, ct);

    public Task SendPasswordResetAsync(TenantInfo gmina, string to, string link, CancellationToken ct) =>
        SendAsync(gmina, to, $"Ustaw nowe hasło — portal mieszkańca, {gmina.Name}",
            $"""
            Dzień dobry,

            poproszono o ustawienie nowego hasła do konta w portalu mieszkańca ({gmina.Name}).
            Aby ustawić hasło, otwórz link:

            {link}

            Link jest ważny przez 2 godziny i tylko raz. Jeśli to nie Ty prosisz o nowe hasło, zignoruj tę wiadomość —
            dotychczasowe hasło działa dalej.

            {Signature(gmina)}
            """, ct);

    private Task SendAsync(TenantInfo gmina, string to, string subject, string body, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(gmina.Name, From(gmina)));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        return sender.SendAsync(gmina.Slug, message, ct);
    }

    private string From(TenantInfo gmina)
    {
        if (config["Email:From"] is { Length: > 0 } from) return from;
        var domain = config.GetSection("Platforma:BaseDomains").Get<string[]>()?.FirstOrDefault() ?? "localhost";
        return $"portal@{gmina.Slug}.{domain}";
    }

    private static string Signature(TenantInfo gmina) =>
        $"Portal mieszkańca — {gmina.Name}\nTa wiadomość została wysłana automatycznie; nie odpowiadaj na nią.";
}
