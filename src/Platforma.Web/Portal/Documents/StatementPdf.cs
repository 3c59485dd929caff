using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Platforma.Data.Gmina;
using Platforma.Domain;
using Platforma.Web.Infrastructure;
using Platforma.Web.Portal.Ledger;
using Platforma.Web.Tenancy;

namespace Platforma.Web.Portal.Documents;

/// <summary>
/// "Zestawienie zobowiązań": the resident's statement as an A4 PDF with the gmina's name and coat of arms — the same
/// figures as the dashboard, the PESEL masked. Not a certificate of no arrears (that is an act of the office).
/// </summary>
public static class StatementPdf
{
    private const double Margin = 42; // points: 15 mm
    private static readonly XColor Ink = XColor.FromArgb(0x1a, 0x1a, 0x1a);
    private static readonly XColor Rule = XColor.FromArgb(0x8a, 0x8f, 0x98);

    public static byte[] Render(TenantInfo gmina, byte[]? coatOfArms, string? coatOfArmsType, ResidentLedger ledger, PaymentInstructions pay)
    {
        var document = new PdfDocument();
        document.Info.Title = $"Zestawienie zobowiązań — {gmina.Name}";
        document.Info.Author = gmina.Name;
        document.Info.Subject = $"Stan zobowiązań na dzień {PolishFormat.Date(ledger.Today)}";
        document.Info.Creator = "Platforma — portal mieszkańca";
        var writer = new PageWriter(document);

        // Header: coat of arms, gmina, title
        var top = writer.Y;
        if (coatOfArms is not null) DrawArms(writer.Gfx, coatOfArms, coatOfArmsType, new XRect(Margin, top, 44, 53));
        writer.Text(gmina.Name, 15, bold: true, x: Margin + 56);
        writer.Text("Portal mieszkańca — podatki i opłaty lokalne", 9, x: Margin + 56);
        writer.Y = Math.Max(writer.Y, top + 60);
        writer.Line();
        writer.Text($"Zestawienie zobowiązań na dzień {PolishFormat.Date(ledger.Today)}", 14, bold: true);
        var t = ledger.Taxpayer;
        writer.Text($"Podatnik: {t.Name}", 10);
        var identifier = t.Kind == TaxpayerKind.Person && t.Pesel is not null ? $"PESEL: {Pesel.Mask(t.Pesel)}" : t.Nip is not null ? $"NIP: {t.Nip}" : null;
        writer.Text(string.Join("   ", new[] { identifier, $"Identyfikator podatnika: {t.ExternalId}" }.Where(s => s is not null)), 10);
        if (!string.IsNullOrWhiteSpace(t.Address)) writer.Text($"Adres: {t.Address}", 10);
        writer.Text(Freshness(ledger), 8.5, colour: Rule);
        writer.Gap(6);

        var s = ledger.Statement;
        if (s is null)
        {
            writer.Text("Nie można teraz wyliczyć stanu zobowiązań: dane przekazane przez urząd wymagają poprawienia.", 10, bold: true);
            writer.Text("Skontaktuj się z urzędem gminy.", 10);
        }
        else
        {
            writer.Text($"Do zapłaty na dziś: {PolishFormat.Money(s.TotalToPayToday)}", 12, bold: true);
            writer.Text($"W tym zaległości: {PolishFormat.Money(ledger.OverdueTotal)} (odsetki za zwłokę: {PolishFormat.Money(s.InterestDue)}, koszty upomnień: {PolishFormat.Money(s.CostsDue)})", 10);
            writer.Text(s.NextDue is { } next ? $"Najbliższy termin: {PolishFormat.Date(next.Date)} — {PolishFormat.Money(next.Amount)}" : "Brak kolejnych terminów płatności.", 10);
            if (s.Overpayment > 0) writer.Text($"Nadpłata: {PolishFormat.Money(s.Overpayment)}", 10);
            writer.Gap(6);

            foreach (var a in ledger.Assessments())
            {
                writer.EnsureRoom(60);
                var decisions = a.Decisions.Count == 0 ? "" : " — decyzja " + string.Join(", ", a.Decisions.Select(d => d.Date is { } date ? $"{d.Number} z {PolishFormat.Date(date)}" : d.Number));
                writer.Text($"{Capitalise(a.Name)} {a.Year}{decisions}", 11, bold: true);
                writer.Row(["Rata", "Termin", "Kwota", "Wpłacono", "Pozostało", "Odsetki", "Stan"], bold: true);
                foreach (var i in a.Instalments)
                {
                    var l = i.Line;
                    writer.Row([
                        i.Liability.Instalment == 0 ? "jednorazowo" : PolishFormat.Roman(i.Liability.Instalment),
                        PolishFormat.Date(i.EffectiveDueDate),
                        PolishFormat.Money(i.Liability.Amount),
                        PolishFormat.Money(l?.PrincipalPaid ?? 0),
                        PolishFormat.Money(l?.PrincipalOutstanding ?? 0),
                        PolishFormat.Money(l?.InterestDue ?? 0),
                        StatusNames.Name(l?.Status),
                    ]);
                }
                writer.Gap(4);
            }
        }

        writer.EnsureRoom(70);
        writer.Line();
        writer.Text("Jak zapłacić", 11, bold: true);
        if (pay.Account is not null)
        {
            writer.Text($"{(pay.IndividualAccount ? "Twój indywidualny rachunek" : "Rachunek gminy")} do podatków i opłat lokalnych: {Nrb.Format(pay.Account)}", 10);
            writer.Text($"Odbiorca: {pay.RecipientName}. W tytule przelewu podaj: ID {pay.PayerId}.", 10);
        }
        writer.Text("To nie jest mikrorachunek podatkowy — mikrorachunek służy do PIT, CIT i VAT, nie do podatków lokalnych.", 9);
        if (pay.ExampleData) writer.Text("UWAGA: numer rachunku to dane przykładowe — nie wykonuj na niego przelewu.", 9, bold: true);
        writer.Gap(4);
        writer.Text("Zestawienie ma charakter informacyjny i nie jest zaświadczeniem o niezaleganiu w podatkach (art. 306a Ordynacji podatkowej).", 8, colour: Rule);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string Freshness(ResidentLedger ledger)
    {
        var text = $"Stan na {WarsawClock.Stamp(ledger.AsOf)}. ";
        text += ledger.Freshness.LastSuccess is { } last
            ? $"Dane z systemu podatkowego urzędu; ostatni udany import: {WarsawClock.Stamp(last)}."
            : "Urząd nie przekazał jeszcze danych przez import.";
        return text;
    }

    private static void DrawArms(XGraphics gfx, byte[] content, string? type, XRect box)
    {
        if (type == "image/svg+xml")
        {
            SvgDrawing.TryDraw(gfx, content, box);
            return;
        }
        if (type == "image/png")
        {
            using var stream = new MemoryStream(content);
            using var image = XImage.FromStream(stream);
            var scale = Math.Min(box.Width / image.PointWidth, box.Height / image.PointHeight);
            gfx.DrawImage(image, box.X, box.Y, image.PointWidth * scale, image.PointHeight * scale);
        }
        // WebP: PDFsharp cannot embed it; the gmina's name stands alone.
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Writes lines top to bottom, starting a new page when one is full.</summary>
    private sealed class PageWriter
    {
        private static readonly double[] Columns = [0, 62, 128, 212, 292, 372, 440]; // offsets of the table's columns
        private readonly PdfDocument _document;
        private PdfPage _page = null!;

        public PageWriter(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        public XGraphics Gfx { get; private set; } = null!;
        public double Y { get; set; }
        private double Bottom => _page.Height.Point - Margin;
        private double Width => _page.Width.Point - 2 * Margin;

        public void Text(string text, double size, bool bold = false, double? x = null, XColor? colour = null)
        {
            var font = new XFont(DejaVuFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            var left = x ?? Margin;
            foreach (var line in Wrap(text, font, Width - (left - Margin)))
            {
                EnsureRoom(size * 1.4);
                Gfx.DrawString(line, font, new XSolidBrush(colour ?? Ink), left, Y + size, XStringFormats.BaseLineLeft);
                Y += size * 1.4;
            }
        }

        public void Row(IReadOnlyList<string> cells, bool bold = false)
        {
            const double size = 8.5;
            EnsureRoom(size * 1.6);
            var font = new XFont(DejaVuFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            for (var i = 0; i < cells.Count; i++)
            {
                // Amount columns are right-aligned to the start of the next column.
                var numeric = i is >= 2 and <= 5;
                var x = Margin + (numeric ? Columns[i + 1] - 6 : Columns[i]);
                Gfx.DrawString(cells[i], font, new XSolidBrush(Ink), x, Y + size, numeric ? XStringFormats.BaseLineRight : XStringFormats.BaseLineLeft);
            }
            Y += size * 1.6;
            Gfx.DrawLine(new XPen(Rule, 0.3), Margin, Y - 2, Margin + Width, Y - 2);
        }

        public void Line()
        {
            Gfx.DrawLine(new XPen(Rule, 0.8), Margin, Y + 2, Margin + Width, Y + 2);
            Y += 8;
        }

        public void Gap(double points) => Y += points;

        public void EnsureRoom(double points)
        {
            if (Y + points > Bottom) NewPage();
        }

        private void NewPage()
        {
            Gfx?.Dispose();
            _page = _document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            Gfx = XGraphics.FromPdfPage(_page);
            Y = Margin;
        }

        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            var line = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else line = candidate;
            }
            if (line.Length > 0) yield return line;
        }
    }
}
