namespace RouteApi.Core.Selectors;

/// <summary>One lexed token of a label selector and its literal text.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Literal">The text of the token; empty at the end of the string.</param>
internal readonly record struct LabelToken(LabelTokenKind Kind, string Literal);
