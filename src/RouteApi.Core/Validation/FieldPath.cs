using System.Globalization;

namespace RouteApi.Core.Validation;

/// <summary>Builds Kubernetes field paths such as <c>spec.alternateBackends[1].name</c>.</summary>
internal static class FieldPath
{
    /// <summary><c>path[index]</c>.</summary>
    public static string Index(string path, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary><c>path[index].child</c>.</summary>
    public static string Index(string path, int index, string child) => Index(path, index) + "." + child;
}
