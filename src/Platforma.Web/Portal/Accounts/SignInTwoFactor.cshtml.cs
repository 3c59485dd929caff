using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Accounts;

/// <summary>The second step of signing in for accounts with an authenticator app: its 6-digit code, or a recovery code.</summary>
public sealed class SignInTwoFactorModel(SignInManager<PortalUser> signIn, ILogger<SignInTwoFactorModel> log) : PageModel
{
    [BindProperty] public TwoFactorInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/logowanie") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect("/logowanie");
        if (!ModelState.IsValid) return Page();
        // Recovery codes are stored with their dash ("ABCD1-EFGH2"): only spaces are dropped.
        var code = new string(Input.Code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : user.Kind == PortalUserKind.Resident ? "/zobowiazania" : "/konto");
        if (result.IsLockedOut)
        {
            log.LogWarning("Two-factor sign-in refused: account locked out");
            ModelState.AddModelError("Input.Code", SignInGuards.LockedOut);
        }
        else ModelState.AddModelError("Input.Code", "Nieprawidłowy kod. Wpisz aktualny kod z aplikacji (zmienia się co 30 sekund) albo jeden z kodów zapasowych.");
        return Page();
    }
}

public sealed class TwoFactorInput
{
    [Required(ErrorMessage = "Podaj kod z aplikacji uwierzytelniającej.")]
    [StringLength(20, ErrorMessage = "Kod ma 6 cyfr (kod zapasowy: 11 znaków).")]
    [Display(Name = "Kod z aplikacji albo kod zapasowy")]
    public string Code { get; set; } = "";
}
