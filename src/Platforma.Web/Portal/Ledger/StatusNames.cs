using Platforma.Domain;

namespace Platforma.Web.Portal.Ledger;

/// <summary>Polish names of a liability's state, for pages and documents.</summary>
public static class StatusNames
{
    public static string Name(LiabilityStatus? status) => status switch
    {
        LiabilityStatus.Paid => "zapłacona",
        LiabilityStatus.PartlyPaid => "częściowo zapłacona",
        LiabilityStatus.Overdue => "zaległa",
        LiabilityStatus.NotYetDue => "do zapłaty",
        _ => "—",
    };

    /// <summary>The badge class a page gives the state.</summary>
    public static string Badge(LiabilityStatus? status) => status switch
    {
        LiabilityStatus.Overdue => "badge badge-error",
        LiabilityStatus.Paid => "badge badge-ok",
        _ => "badge",
    };
}
