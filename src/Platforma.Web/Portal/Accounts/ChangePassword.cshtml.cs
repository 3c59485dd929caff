using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Data.Gmina;

namespace Platforma.Web.Portal.Accounts;

/// <summary>Zmiana hasła of a signed-in user: the current password, then the new one twice.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    [BindProperty] public ChangePasswordInput Input { get; set; } = new();
    public bool Changed { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Input.CurrentPassword" : "Input.Password",
                    error.Code == "PasswordMismatch" ? "Obecne hasło jest nieprawidłowe." : error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Changed = true;
        Input = new();
        return Page();
    }
}

public sealed class ChangePasswordInput
{
    [Required(ErrorMessage = "Podaj obecne hasło.")]
    [StringLength(200, ErrorMessage = "Hasło jest za długie.")]
    [DataType(DataType.Password)]
    [Display(Name = "Obecne hasło")]
    public string CurrentPassword { get; set; } = "";

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
