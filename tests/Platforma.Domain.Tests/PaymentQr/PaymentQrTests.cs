using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Platforma.Domain.Tests.PaymentQr;

public class PaymentQrTests
{
    const string ExamplePayload = "5214349636|PL|47102035411234567800004711|012345|Urzad Gminy Testowo|PN 2026 rata 1 ID 00004711|||";

    [Fact] // DOMAIN.md §6
    public void Payload_follows_the_ZBP_field_order_with_Polish_letters_transliterated() =>
        Assert.Equal(ExamplePayload,
            Domain.PaymentQr.Payload("5214349636", "47102035411234567800004711", 123.45m, "Urząd Gminy Testowo", "PN 2026 rata 1 ID 00004711"));

    [Fact]
    public void Account_and_NIP_may_come_formatted() =>
        Assert.Equal(ExamplePayload,
            Domain.PaymentQr.Payload("521-434-96-36", "PL 47 1020 3541 1234 5678 0000 4711", 123.45m, "Urząd Gminy Testowo", "PN 2026 rata 1 ID 00004711"));

    [Theory]
    [InlineData("9999.99", "999999")]
    [InlineData("10000.00", "000000")]
    [InlineData("0.01", "000001")]
    [InlineData("0", "000000")]
    public void Amount_is_six_digits_of_grosze_and_larger_amounts_are_left_to_the_payer(string amount, string field)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(field, Domain.PaymentQr.Payload("5214349636", "47102035411234567800004711", value, "Gmina", "Tytul").Split('|')[3]);
        Assert.Equal(field == "000000", Domain.PaymentQr.AmountNeedsTyping(value));
    }

    [Theory]
    [InlineData("Urząd Miasta i Gminy Źródła Żółte", "Urzad Miasta i Gminy")]
    [InlineData("Gmina | Kórnik", "Gmina Kornik")]
    [InlineData("  Łódź\t\"Bałuty\"  ", "Lodz Baluty")]
    [InlineData("Crème brûlée & co.", "Creme brulee co.")]
    public void Text_fields_are_transliterated_filtered_and_cut_to_their_limit(string input, string expected) =>
        Assert.Equal(expected, Domain.PaymentQr.Payload("5214349636", "47102035411234567800004711", 1m, input, "Tytul").Split('|')[4]);

    [Fact]
    public void Title_is_cut_to_32_characters()
    {
        var payload = Domain.PaymentQr.Payload("5214349636", "47102035411234567800004711", 1m, "Gmina", new string('x', 50));
        Assert.Equal(32, payload.Split('|')[5].Length);
    }

    [Theory]
    [InlineData("5214349637", "47102035411234567800004711", "1", "Gmina", "Tytul")]
    [InlineData("5214349636", "47102035411234567800004712", "1", "Gmina", "Tytul")]
    [InlineData("5214349636", "47102035411234567800004711", "-1", "Gmina", "Tytul")]
    [InlineData("5214349636", "47102035411234567800004711", "1.001", "Gmina", "Tytul")]
    [InlineData("5214349636", "47102035411234567800004711", "1", "|||", "Tytul")]
    public void Invalid_fields_are_a_clear_error(string nip, string nrb, string amount, string name, string title) =>
        Assert.ThrowsAny<ArgumentException>(() => Domain.PaymentQr.Payload(nip, nrb, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), name, title));

    [Fact]
    public void Any_payload_has_nine_fields_and_fits_160_characters() =>
        Gen.Select(Gen.String, Gen.String, Gen.Int[0, 5_000_000]).Sample((name, title, grosze) =>
        {
            string payload;
            try { payload = Domain.PaymentQr.Payload("5214349636", "47102035411234567800004711", grosze / 100m, name, title); }
            catch (ArgumentException) { return; } // name or title empty after filtering
            Assert.Equal(9, payload.Split('|').Length);
            Assert.True(payload.Length <= Domain.PaymentQr.MaxPayloadLength);
            Assert.All(payload, c => Assert.True(c < 128));
        });

    [Fact]
    public void Rendered_PNG_decodes_back_to_exactly_the_payload()
    {
        var png = Domain.PaymentQr.RenderPng(ExamplePayload, pixelsPerModule: 4);

        var (gray, width, height) = PngDecoder.Decode(png);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(gray, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var result = new QRCodeReader().decode(bitmap, new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true });

        Assert.NotNull(result);
        Assert.Equal(ExamplePayload, result.Text);
        Assert.Equal("L", result.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL]);
    }

    [Fact]
    public void Rendered_SVG_is_an_svg_document()
    {
        var svg = System.Xml.Linq.XDocument.Parse(Domain.PaymentQr.RenderSvg(ExamplePayload));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
    }

    [Fact]
    public void Payload_over_160_characters_is_not_rendered() =>
        Assert.Throws<ArgumentException>(() => Domain.PaymentQr.RenderPng(new string('a', 161)));
}
