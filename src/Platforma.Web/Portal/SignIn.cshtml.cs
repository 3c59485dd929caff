using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Data.Gmina;
using Platforma.Web.Portal.Accounts;

namespace Platforma.Web.Portal;

/// <summary>Logowanie: e-mail and password of an account of this gmina (residents and office staff alike).</summary>
public sealed class SignInModel(SignInManager<PortalUser> signIn, ILogger<SignInModel> log) : PageModel
{
    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    /// <summary>"ustawione" after a password reset: the page says so.</summary>
    [BindProperty(SupportsGet = true, Name = "haslo")] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (await signIn.UserManager.FindByEmailAsync(Input.Email.Trim()) is null) SignInGuards.SpendPasswordCheck(signIn.UserManager, Input.Password);
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(await LandingAsync(signIn, Input.Email.Trim(), ReturnUrl, Url));
        if (result.RequiresTwoFactor) return Redirect("/logowanie/kod" + (Url.IsLocalUrl(ReturnUrl) ? "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl!) : ""));
        if (result.IsLockedOut)
        {
            log.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Email), SignInGuards.LockedOut);
        }
        else if (result.IsNotAllowed)
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Email), "Konto nie jest jeszcze aktywne: potwierdź adres e-mail linkiem z wiadomości.");
        else
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Password), "Nieprawidłowy e-mail lub hasło.");
        return Page();
    }

    /// <summary>Where a signed-in user goes: back where they were asked to sign in, else residents to their liabilities.</summary>
    internal static async Task<string> LandingAsync(SignInManager<PortalUser> signIn, string email, string? returnUrl, IUrlHelper url)
    {
        if (url.IsLocalUrl(returnUrl)) return returnUrl!;
        var user = await signIn.UserManager.FindByEmailAsync(email);
        return user?.Kind == PortalUserKind.Resident ? "/zobowiazania" : "/konto";
    }
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Podaj adres e-mail.")]
    [EmailAddress(ErrorMessage = "Podaj adres e-mail w postaci nazwa@domena.pl.")]
    [StringLength(256, ErrorMessage = "Adres e-mail jest za długi.")]
    [Display(Name = "Adres e-mail")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Podaj hasło.")]
    [StringLength(200, ErrorMessage = "Hasło jest za długie.")]
    [DataType(DataType.Password)]
    [Display(Name = "Hasło")]
    public string Password { get; set; } = "";
}
