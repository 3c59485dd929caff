using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Platforma.Data.Gmina;
using Platforma.Web.Portal.Mail;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Accounts;

/// <summary>Sends the confirmation link again. The answer is the same whether or not the address has an account.</summary>
[EnableRateLimiting(PortalServices.GuardedFormsPolicy)]
public sealed class ResendConfirmationModel(UserManager<PortalUser> users, PortalEmails emails, CurrentTenant current) : PageModel
{
    [BindProperty] public EmailInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { EmailConfirmed: false } user)
            await ActivationModel.SendConfirmationAsync(users, emails, current.Required, user, Request, ct);
        Sent = true;
        return Page();
    }
}

public sealed class EmailInput
{
    [Required(ErrorMessage = "Podaj adres e-mail.")]
    [EmailAddress(ErrorMessage = "Podaj adres e-mail w postaci nazwa@domena.pl.")]
    [StringLength(256, ErrorMessage = "Adres e-mail jest za długi (najwyżej {1} znaków).")]
    [Display(Name = "Adres e-mail")]
    public string Email { get; set; } = "";
}
