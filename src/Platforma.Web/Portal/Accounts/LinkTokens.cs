using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Accounts;

/// <summary>
/// Tokens for the links the portal e-mails: the account, the purpose, when issued and the account's security stamp,
/// protected with Data Protection and URL-safe as they are. Unlike Identity's DataProtectorTokenProvider, which reads
/// the system clock, the age is measured with the app's <see cref="TimeProvider"/> — the one clock of the platform.
/// Setting a password changes the security stamp, so a reset link works once.
/// </summary>
public abstract class LinkTokenProvider(IDataProtectionProvider protection, TimeProvider time, string name, TimeSpan lifespan)
    : IUserTwoFactorTokenProvider<PortalUser>
{
    private readonly IDataProtector _protector = protection.CreateProtector("Platforma.Portal.LinkTokens", name);

    public TimeSpan Lifespan => lifespan;

    public async Task<string> GenerateAsync(string purpose, UserManager<PortalUser> manager, PortalUser user)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(time.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }
        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        byte[] data;
        try
        {
            data = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
        using var reader = new BinaryReader(new MemoryStream(data), Encoding.UTF8);
        var issued = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var age = time.GetUtcNow() - issued;
        if (age < TimeSpan.FromMinutes(-5) || age > lifespan) return false;
        return reader.ReadString() == await manager.GetUserIdAsync(user)
            && reader.ReadString() == purpose
            && reader.ReadString() == (await manager.GetSecurityStampAsync(user) ?? "");
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<PortalUser> manager, PortalUser user) => Task.FromResult(false);
}

/// <summary>The link that confirms an e-mail address: valid for 3 days, as the message says.</summary>
public sealed class ConfirmationLinkTokens(IDataProtectionProvider protection, TimeProvider time)
    : LinkTokenProvider(protection, time, Name, TimeSpan.FromDays(3))
{
    public const string Name = "ConfirmationLink";
}

/// <summary>The link that sets a new password: valid for 2 hours, and once.</summary>
public sealed class ResetLinkTokens(IDataProtectionProvider protection, TimeProvider time)
    : LinkTokenProvider(protection, time, Name, TimeSpan.FromHours(2))
{
    public const string Name = "ResetLink";
}
