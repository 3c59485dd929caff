using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platforma.Data.Gmina;
using Platforma.Web.Tenancy;
using QRCoder;

namespace Platforma.Web.Portal.Accounts;

/// <summary>
/// Weryfikacja dwuetapowa: an authenticator app (TOTP, RFC 6238) as a second factor, optional. Turning it on needs a
/// code from the app, so nobody locks themselves out with a mistyped key; ten recovery codes are shown once.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, CurrentTenant current,
    ILogger<TwoFactorModel> log) : PageModel
{
    [BindProperty] public TwoFactorSetupInput Input { get; set; } = new();

    /// <summary>Turning the second factor off asks for the password, so a session left open is not enough.</summary>
    [BindProperty, DataType(DataType.Password), Display(Name = "Hasło")]
    public string? DisablePassword { get; set; }
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string? SharedKey { get; private set; }
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    /// <summary>The otpauth:// QR code for the app, as a PNG (the page's CSP allows no inline images of our own making).</summary>
    public async Task<IActionResult> OnGetQrAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || user.TwoFactorEnabled) return NotFound();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key)) return NotFound();
        var issuer = $"Portal {current.Required.ShortName}";
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        Response.Headers.CacheControl = "private, no-store";
        return File(new PngByteQRCode(data).GetGraphic(5), "image/png");
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid) { await LoadAsync(); return Page(); }
        var code = new string(Input.Code.Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", "Ten kod nie pasuje. Sprawdź, czy aplikacja pokazuje kod dla tego portalu, i wpisz aktualny (zmienia się co 30 sekund).");
            await LoadAsync();
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        await signIn.RefreshSignInAsync(user);
        log.LogInformation("Two-factor authentication enabled for user {UserId}", user.Id);
        Message = "Weryfikacja dwuetapowa jest włączona.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled) return RedirectToPage();
        ModelState.Clear();
        NewRecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList();
        Message = "Nowe kody zapasowe są gotowe; poprzednie przestały działać.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        ModelState.Clear();
        if (string.IsNullOrEmpty(DisablePassword) || DisablePassword.Length > 200 || !await users.CheckPasswordAsync(user, DisablePassword))
        {
            ModelState.AddModelError(nameof(DisablePassword), "Podaj swoje obecne hasło, aby wyłączyć weryfikację dwuetapową.");
            await LoadAsync();
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        log.LogInformation("Two-factor authentication disabled for user {UserId}", user.Id);
        Message = "Weryfikacja dwuetapowa jest wyłączona.";
        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return false;
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return true;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = Grouped(key!);
        return true;
    }

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0) text.Append(' ');
            text.Append(char.ToLowerInvariant(key[i]));
        }
        return text.ToString();
    }
}

public sealed class TwoFactorSetupInput
{
    [Required(ErrorMessage = "Podaj 6-cyfrowy kod z aplikacji.")]
    [StringLength(10, ErrorMessage = "Kod ma 6 cyfr.")]
    [Display(Name = "Kod z aplikacji")]
    public string Code { get; set; } = "";
}
