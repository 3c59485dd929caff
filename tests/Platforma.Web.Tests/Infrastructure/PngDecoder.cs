using System.Buffers.Binary;
using System.IO.Compression;

namespace Platforma.Web.Tests.Infrastructure;

/// <summary>
/// Just enough PNG decoding to read a rendered QR code back as grey pixels: non-interlaced, greyscale,
/// RGB(A) or palette, bit depths 1–8, all five scanline filters. Anything else fails loudly.
/// A copy of the domain tests' decoder: the test projects share no code.
/// </summary>
internal static class PngDecoder
{
    public static (byte[] Gray, int Width, int Height) Decode(byte[] png)
    {
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        if (!png.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException("not a PNG");
        int width = 0, height = 0, bitDepth = 0, colorType = 0;
        byte[]? palette = null;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                    if (data[12] != 0) throw new InvalidDataException("interlaced PNG");
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }
            offset += 12 + length;
        }
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"colour type {colorType}") };
        if (bitDepth > 8) throw new InvalidDataException($"bit depth {bitDepth}");
        var bitsPerPixel = channels * bitDepth;
        var stride = (width * bitsPerPixel + 7) / 8;
        var bytesPerPixel = Math.Max(1, bitsPerPixel / 8);

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();

        var previous = new byte[stride];
        var current = new byte[stride];
        var gray = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, y * (stride + 1) + 1, current, 0, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bytesPerPixel ? current[x - bytesPerPixel] : 0, b = previous[x], c = x >= bytesPerPixel ? previous[x - bytesPerPixel] : 0;
                current[x] = (byte)(current[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"filter {filter}"),
                });
            }
            for (var x = 0; x < width; x++)
            {
                int Sample(int channel)
                {
                    var bit = (x * channels + channel) * bitDepth;
                    var value = (current[bit / 8] >> (8 - bitDepth - bit % 8)) & ((1 << bitDepth) - 1);
                    return bitDepth == 8 ? value : value * 255 / ((1 << bitDepth) - 1);
                }
                gray[y * width + x] = colorType switch
                {
                    0 or 4 => (byte)Sample(0),
                    3 => palette![3 * RawIndex(current, x, bitDepth) + 1],
                    _ => (byte)((Sample(0) + Sample(1) + Sample(2)) / 3),
                };
            }
            (previous, current) = (current, previous);
        }
        return (gray, width, height);
    }

    static int RawIndex(byte[] row, int x, int bitDepth)
    {
        var bit = x * bitDepth;
        return (row[bit / 8] >> (8 - bitDepth - bit % 8)) & ((1 << bitDepth) - 1);
    }

    static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
