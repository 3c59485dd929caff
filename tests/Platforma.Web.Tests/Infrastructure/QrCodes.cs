using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Platforma.Web.Tests.Infrastructure;

/// <summary>Reads a QR code back from a PNG — the image the app serves or a screenshot of what the browser shows.</summary>
public static class QrCodes
{
    public static string Decode(byte[] png)
    {
        var (gray, width, height) = PngDecoder.Decode(png);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(gray, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var result = new QRCodeReader().decode(bitmap, new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true })
            ?? throw new InvalidOperationException("No QR code found in the image.");
        return result.Text;
    }
}
