using Microsoft.AspNetCore.Identity;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Accounts;

/// <summary>What the sign-in page, its second step and the API's token endpoint share about refusing a sign-in.</summary>
public static class SignInGuards
{
    public const string LockedOut = "Konto jest czasowo zablokowane po kilku nieudanych próbach. Spróbuj ponownie za 15 minut.";

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()));

    /// <summary>
    /// Answers an e-mail without an account as slowly as a wrong password: Identity returns at once when it finds no
    /// user, and that difference in time alone would tell which e-mails have accounts in a gmina.
    /// </summary>
    public static void SpendPasswordCheck(UserManager<PortalUser> users, string? password) =>
        users.PasswordHasher.VerifyHashedPassword(new PortalUser(), DummyHash.Value, password ?? "");
}
