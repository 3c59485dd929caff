namespace Platforma.Data.Gmina;

/// <summary>Przedmiot opodatkowania: the plot, building, vehicle… behind an assessment, with basis, rate and amount.</summary>
public class TaxObject
{
    public long Id { get; set; }
    /// <summary><c>id_przedmiotu</c>; the same object appears once per tax year.</summary>
    public required string ExternalId { get; set; }
    public long TaxpayerId { get; set; }
    public Taxpayer? Taxpayer { get; set; }
    public int Year { get; set; }
    public TaxObjectKind Kind { get; set; }
    public string? Description { get; set; }
    /// <summary><c>polozenie</c>: where it is.</summary>
    public string? Location { get; set; }
    /// <summary><c>nr_dzialki</c>: cadastral plot number.</summary>
    public string? PlotNumber { get; set; }
    /// <summary><c>podstawa</c>: area, value or count the rate applies to.</summary>
    public decimal Basis { get; set; }
    /// <summary><c>jednostka</c>: m2, ha, ha_przel, zl, szt, osoba…</summary>
    public required string Unit { get; set; }
    public decimal Rate { get; set; }
    public decimal Amount { get; set; }
}

public enum TaxObjectKind
{
    /// <summary>grunt</summary>
    Land,
    /// <summary>budynek</summary>
    Building,
    /// <summary>budowla</summary>
    Structure,
    /// <summary>rolny: agricultural land</summary>
    Agricultural,
    /// <summary>lesny: forest</summary>
    Forest,
    /// <summary>pojazd</summary>
    Vehicle,
    /// <summary>odpady: the basis of the waste fee (persons, flat rate…)</summary>
    Waste,
}
