using System.Text.Json;
using Microsoft.Playwright;

namespace DirectoryPortal.Tests.Browser.Support;

/// Reads pixels back from a screenshot, by drawing it on a canvas in a blank page of the same browser.
public static class Screenshots
{
    /// The left and right edges, as fractions of the width, of pixels of one colour in the top rows.
    public static async Task<(double Left, double Right)?> ExtentAsync(IBrowserContext context, byte[] png, (int R, int G, int B) colour, int rows)
    {
        var blank = await context.NewPageAsync();
        try
        {
            var found = await blank.EvaluateAsync<JsonElement>("""
                async ([data, r, g, b, rows]) => {
                  const img = new Image();
                  img.src = 'data:image/png;base64,' + data;
                  await img.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = img.width; canvas.height = img.height;
                  const c = canvas.getContext('2d');
                  c.drawImage(img, 0, 0);
                  const px = c.getImageData(0, 0, img.width, Math.min(rows, img.height)).data;
                  let min = Infinity, max = -1;
                  for (let i = 0; i < px.length; i += 4) {
                    if (Math.abs(px[i] - r) < 12 && Math.abs(px[i + 1] - g) < 12 && Math.abs(px[i + 2] - b) < 12) {
                      const x = (i / 4) % img.width; min = Math.min(min, x); max = Math.max(max, x);
                    }
                  }
                  return max < 0 ? null : { left: min / img.width, right: max / img.width };
                }
                """, new object[] { Convert.ToBase64String(png), colour.R, colour.G, colour.B, rows });
            return found.ValueKind == JsonValueKind.Null ? null : (found.GetProperty("left").GetDouble(), found.GetProperty("right").GetDouble());
        }
        finally { await blank.CloseAsync(); }
    }
}
