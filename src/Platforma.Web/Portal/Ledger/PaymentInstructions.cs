using Platforma.Domain;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Ledger;

/// <summary>
/// How a resident pays: their own (virtual) account number for local taxes when the gmina's bank issues them,
/// otherwise the gmina's account with the payer id in the title; one transfer per unpaid instalment and one for
/// everything overdue, each with its ZBP payment QR code when the gmina's NIP is known.
/// </summary>
public sealed record PaymentInstructions(
    string? Account,
    bool IndividualAccount,
    string RecipientName,
    string PayerId,
    bool ExampleData,
    string? QrUnavailableReason,
    IReadOnlyList<PaymentItem> Items)
{
    public const string AllOverdueKey = "zaleglosci";

    public static PaymentInstructions For(TenantInfo gmina, ResidentLedger ledger)
    {
        var bank = gmina.Bank;
        var payerId = ledger.Taxpayer.ExternalId.Trim();
        string? account = null;
        var individual = false;
        if (VirtualAccountScheme.Problem(bank.VirtualSortCode, bank.VirtualFixedPart, bank.VirtualPayerIdLength) is null
            && payerId.Length > 0 && payerId.Length <= bank.VirtualPayerIdLength && payerId.All(char.IsAsciiDigit))
        {
            account = new VirtualAccountScheme(bank.VirtualSortCode, bank.VirtualFixedPart, bank.VirtualPayerIdLength).AccountFor(payerId);
            payerId = payerId.PadLeft(bank.VirtualPayerIdLength, '0');
            individual = true;
        }
        else if (Nrb.Validate(bank.AccountNumber).Normalized is { } shared)
        {
            account = shared;
        }

        var recipient = string.IsNullOrWhiteSpace(bank.RecipientName) ? gmina.Name : bank.RecipientName;
        var qrReason = account is null ? "urząd nie podał numeru rachunku"
            : !Nip.IsValid(bank.RecipientNip) ? "urząd nie podał w portalu swojego numeru NIP, który kod musi zawierać"
            : null;

        var items = new List<PaymentItem>();
        var statement = ledger.Statement;
        if (statement is not null)
        {
            var today = statement.AsOf;
            var overdue = statement.Lines.Where(l => l.Status == LiabilityStatus.Overdue).ToList();
            if (overdue.Count > 1)
                items.Add(Item(AllOverdueKey, "Wszystkie zaległości z odsetkami na dziś", overdue.Sum(l => l.ToPayNow),
                    $"Zaleglosci ID {payerId}", null, overdue: true));
            foreach (var line in statement.Lines.OrderBy(l => l.EffectiveDueDate))
            {
                var amount = line.EffectiveDueDate <= today ? line.ToPayNow : line.PrincipalOutstanding + line.CostsOutstanding;
                if (amount <= 0) continue;
                var l = line.Liability;
                var title = l.InstalmentNumber == 0
                    ? $"{TaxKinds.Code(l.Kind)} {l.Year} ID {payerId}"
                    : $"{TaxKinds.Code(l.Kind)} {l.Year} rata {l.InstalmentNumber} ID {payerId}";
                items.Add(Item(l.Id, Capitalise(l.Title), amount, title, line.EffectiveDueDate, line.Status == LiabilityStatus.Overdue));
            }
        }
        return new PaymentInstructions(account, individual, recipient, payerId, bank.IsExampleData, qrReason, items);

        PaymentItem Item(string key, string label, decimal amount, string title, DateOnly? due, bool overdue) => new(
            key, label, amount, title, due, overdue,
            qrReason is null ? PaymentQr.Payload(bank.RecipientNip, account!, amount, recipient, title) : null,
            PaymentQr.AmountNeedsTyping(amount));
    }

    public PaymentItem? Find(string key) => Items.FirstOrDefault(i => i.Key == key);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>One transfer: what it pays, how much, with which title, and the QR payload (null when no code can be made).</summary>
public sealed record PaymentItem(string Key, string Label, decimal Amount, string Title, DateOnly? DueDate, bool Overdue,
    string? QrPayload, bool AmountNeedsTyping);
