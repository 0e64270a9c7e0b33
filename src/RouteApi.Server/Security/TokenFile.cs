using System.Text;

namespace RouteApi.Server.Security;

/// <summary>
/// kube-apiserver's static token file: CSV lines <c>token,user,uid[,"group1,group2"]</c> read with
/// Go's <c>encoding/csv</c> rules (quoted fields, doubled quotes). Fewer than 3 columns is an error
/// at start; empty tokens are skipped.
/// </summary>
internal static class TokenFile
{
    public static IReadOnlyList<(string Token, UserInfo User)> Read(string path)
    {
        var entries = new List<(string, UserInfo)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = ParseCsvLine(line);
            if (fields.Count < 3)
            {
                throw new InvalidOperationException(
                    $"token file '{path}' must have at least 3 columns (token, user name, user uid), found {fields.Count}");
            }

            if (fields[0].Length == 0)
            {
                continue;
            }

            var groups = fields.Count > 3
                ? fields[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()
                : [];
            groups.Add(UserInfo.AuthenticatedGroup);
            entries.Add((fields[0], new UserInfo(fields[1], fields[2], groups)));
        }

        return entries;
    }

    /// <summary>One line of the file, for a generated admin token.</summary>
    public static string Line(string token, UserInfo user) =>
        $"{token},{user.Name},{user.Uid},\"{string.Join(',', user.Groups.Where(g => g != UserInfo.AuthenticatedGroup))}\"\n";

    private static List<string> ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
