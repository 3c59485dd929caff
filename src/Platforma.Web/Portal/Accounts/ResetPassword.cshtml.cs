using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Accounts;

/// <summary>Ustaw nowe hasło, from the e-mailed link (2 hours, once). Also lifts a lockout: the owner proved it is them.</summary>
public sealed class ResetPasswordModel(UserManager<PortalUser> users, ILogger<ResetPasswordModel> log) : PageModel
{
    public const string LinkExpired = "Link do ustawienia hasła wygasł albo był już użyty. Poproś o nowy link.";

    [BindProperty(SupportsGet = true, Name = "u")] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true, Name = "t")] public string? Token { get; set; }
    [BindProperty] public NewPasswordInput Input { get; set; } = new();
    public bool LinkInvalid { get; private set; }

    public async Task OnGetAsync()
    {
        var user = await UserAsync();
        LinkInvalid = user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<PortalUser>.ResetPasswordTokenPurpose, Token!);
        if (LinkInvalid) ModelState.AddModelError("", LinkExpired);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await UserAsync();
        var result = user is null ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" }) : await users.ResetPasswordAsync(user, Token!, Input.Password);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user!, null);
            await users.ResetAccessFailedCountAsync(user!);
            log.LogInformation("Password reset for user {UserId}", user!.Id);
            return Redirect("/logowanie?haslo=ustawione");
        }
        foreach (var error in result.Errors)
        {
            if (error.Code == "InvalidToken")
            {
                LinkInvalid = true;
                ModelState.AddModelError("", LinkExpired);
            }
            else ModelState.AddModelError("Input.Password", error.Description);
        }
        return Page();
    }

    private async Task<PortalUser?> UserAsync() =>
        UserId is { Length: > 0 and <= 100 } && Token is { Length: > 0 and <= 2000 } ? await users.FindByIdAsync(UserId) : null;
}

public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "Podaj nowe hasło.")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Hasło musi mieć od {2} do {1} znaków.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nowe hasło")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Powtórz nowe hasło.")]
    [Compare(nameof(Password), ErrorMessage = "Hasła nie są takie same.")]
    [DataType(DataType.Password)]
    [Display(Name = "Powtórz nowe hasło")]
    public string ConfirmPassword { get; set; } = "";
}
