using System.Text;

namespace Platforma.Domain;

/// <summary>Polish sentences that explain a payment's allocation.</summary>
internal static class Explanations
{
    /// <summary>Nominative title of a liability: "rata II podatku od nieruchomości 2025".</summary>
    public static string Title(LiabilityLine liability) =>
        liability.InstalmentNumber == 0
            ? $"{TaxKinds.Name(liability.Kind)} {liability.Year} (płatność jednorazowa)"
            : $"rata {PolishFormat.Roman(liability.InstalmentNumber)} {TaxKinds.Genitive(liability.Kind)} {liability.Year}";

    /// <summary>After "na": "ratę II podatku od nieruchomości 2025" / "podatek od nieruchomości 2025 (płatność jednorazowa)".</summary>
    static StringBuilder AppendTarget(StringBuilder text, LiabilityLine liability) =>
        liability.InstalmentNumber == 0
            ? text.Append(TaxKinds.Accusative(liability.Kind)).Append(' ').Append(liability.Year).Append(" (płatność jednorazowa)")
            : text.Append("ratę ").Append(PolishFormat.Roman(liability.InstalmentNumber)).Append(' ')
                .Append(TaxKinds.Genitive(liability.Kind)).Append(' ').Append(liability.Year);

    /// <summary>
    /// "500,00 zł: 489,24 zł na ratę II podatku od nieruchomości 2025, 10,76 zł na odsetki".
    /// Costs and interest name their liability in brackets unless they sit next to its principal.
    /// </summary>
    public static string Explain(StringBuilder text, decimal amount, List<(LiabilityLine Liability, AllocationTarget Target, decimal Amount)> parts, decimal overpayment)
    {
        text.Clear().AppendMoney(amount).Append(':');
        for (var i = 0; i < parts.Count; i++)
        {
            var (liability, target, value) = parts[i];
            text.Append(i == 0 ? " " : ", ").AppendMoney(value).Append(" na ");
            switch (target)
            {
                case AllocationTarget.Principal:
                    AppendTarget(text, liability);
                    break;
                case AllocationTarget.Costs:
                    text.Append("koszty upomnienia");
                    if (!(i + 1 < parts.Count && ReferenceEquals(parts[i + 1].Liability, liability) && parts[i + 1].Target == AllocationTarget.Principal))
                        text.Append(" (").Append(Title(liability)).Append(')');
                    break;
                case AllocationTarget.Interest:
                    text.Append("odsetki");
                    if (!(i > 0 && ReferenceEquals(parts[i - 1].Liability, liability) && parts[i - 1].Target == AllocationTarget.Principal))
                        text.Append(" (").Append(Title(liability)).Append(')');
                    break;
            }
        }
        if (overpayment > 0)
            text.Append(parts.Count == 0 ? " " : ", ").AppendMoney(overpayment).Append(" jako nadpłata");
        return text.ToString();
    }
}
