using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platforma.Data.Gmina;
using Platforma.Web.Portal.Mail;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Accounts;

/// <summary>
/// Nie pamiętam hasła: e-mails a link to set a new password. The answer never says whether the address has an account.
/// </summary>
[EnableRateLimiting(PortalServices.GuardedFormsPolicy)]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, PortalEmails emails, CurrentTenant current,
    ILogger<ForgotPasswordModel> log) : PageModel
{
    [BindProperty] public EmailInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { EmailConfirmed: true } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = $"{Request.Scheme}://{Request.Host}/haslo/ustaw?u={Uri.EscapeDataString(user.Id)}&t={Uri.EscapeDataString(token)}";
            await emails.SendPasswordResetAsync(current.Required, user.Email!, link, ct);
            log.LogInformation("Password reset link sent to user {UserId}", user.Id);
        }
        Sent = true;
        return Page();
    }
}
