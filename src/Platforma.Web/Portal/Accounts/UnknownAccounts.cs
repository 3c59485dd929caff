using Microsoft.AspNetCore.Identity;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Accounts;

/// <summary>
/// An e-mail without an account is answered as slowly as a wrong password: Identity returns at once when it finds no
/// user, and that difference in time alone would tell which e-mails have accounts in a gmina.
/// </summary>
public static class UnknownAccounts
{
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Guid.NewGuid().ToString()));

    public static void SpendPasswordCheck(UserManager<PortalUser> users, string? password) =>
        users.PasswordHasher.VerifyHashedPassword(new PortalUser(), DummyHash.Value, password ?? "");
}
