using System.Text.Json;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// What the paging loop needs from a RouteList page: its continue token (read with a JSON reader up
/// to <c>items</c>, since the list metadata comes first) and its number of items (counted as
/// <c>"uid":</c> occurrences, one per route, without parsing the routes).
/// </summary>
internal readonly record struct ListPage(string? Continue, int Items)
{
    private static ReadOnlySpan<byte> UidProperty => "\"uid\":"u8;

    public static ListPage Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        string? token = null;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == 1 && reader.ValueTextEquals("items"u8))
            {
                break;
            }

            if (reader.CurrentDepth == 2 && reader.ValueTextEquals("continue"u8) && reader.Read())
            {
                token = reader.GetString();
            }
        }

        return new ListPage(string.IsNullOrEmpty(token) ? null : token, Count(json, UidProperty));
    }

    private static int Count(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value)
    {
        var count = 0;
        for (var at = text.IndexOf(value); at >= 0; at = text.IndexOf(value))
        {
            count++;
            text = text[(at + value.Length)..];
        }

        return count;
    }
}
