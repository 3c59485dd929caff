using System.Text.RegularExpressions;
using MimeKit;
using Platforma.Web.Tests.Infrastructure;

namespace Platforma.Web.Tests.Portal;

/// <summary>Reads the development outbox the app writes e-mails to: <c>{DataFolder}/mail/{slug}/*.eml</c>.</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<MimeMessage> MessagesTo(PlatformHost host, string slug, string email)
    {
        var folder = Path.Combine(host.DataFolder, "mail", slug);
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The link in the newest message to <paramref name="email"/> whose path starts with <paramref name="path"/>.</summary>
    public static Uri LinkTo(PlatformHost host, string slug, string email, string path)
    {
        var message = MessagesTo(host, slug, email).LastOrDefault()
            ?? throw new InvalidOperationException($"No e-mail to {email} in the outbox of {slug}");
        var link = Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path)
            ?? throw new InvalidOperationException($"No link to {path} in: {message.TextBody}");
        return link;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
