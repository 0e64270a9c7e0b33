namespace RouteApi.Core.Selectors;

/// <summary>The token kinds of the label selector lexer.</summary>
internal enum LabelTokenKind
{
    EndOfString,
    ClosedPar,
    Comma,
    DoesNotExist,
    DoubleEquals,
    Equals,
    GreaterThan,
    Identifier,
    In,
    LessThan,
    NotEquals,
    NotIn,
    OpenPar,
}
