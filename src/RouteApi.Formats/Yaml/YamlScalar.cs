namespace RouteApi.Formats.Yaml;

/// <summary>A resolved plain scalar: its kind and, for booleans and numbers, its value.</summary>
/// <param name="Kind">What the scalar means.</param>
/// <param name="Bool">The value of a <see cref="YamlScalarKind.Bool"/>.</param>
/// <param name="Int">The value of an <see cref="YamlScalarKind.Int"/>.</param>
/// <param name="UnsignedInt">The value of an <see cref="YamlScalarKind.UnsignedInt"/>.</param>
/// <param name="Float">The value of a <see cref="YamlScalarKind.Float"/>.</param>
internal readonly record struct YamlScalar(YamlScalarKind Kind, bool Bool = false, long Int = 0, ulong UnsignedInt = 0, double Float = 0);
