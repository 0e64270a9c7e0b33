namespace RouteApi.Core.Selectors;

/// <summary>
/// The recursive-descent parser of apimachinery's <c>labels.Parse</c>, reproducing its error texts.
/// Errors raised while reading one requirement are prefixed with <c>unable to parse requirement: </c>;
/// errors between requirements are not.
/// </summary>
internal sealed class LabelSelectorParser
{
    private const string RequirementPrefix = "unable to parse requirement: ";
    private readonly List<LabelToken> _tokens;
    private int _position;

    private LabelSelectorParser(string text)
    {
        _tokens = LabelSelectorLexer.Scan(text);
    }

    public static List<LabelRequirement> Parse(string text) => new LabelSelectorParser(text).ParseSelector();

    private List<LabelRequirement> ParseSelector()
    {
        var requirements = new List<LabelRequirement>();
        while (true)
        {
            var next = Lookahead(values: true);
            if (next.Kind == LabelTokenKind.EndOfString)
            {
                return requirements;
            }

            if (next.Kind is not (LabelTokenKind.Identifier or LabelTokenKind.DoesNotExist))
            {
                throw Syntax($"found '{next.Literal}', expected: !, identifier, or 'end of string'");
            }

            requirements.Add(ParseRequirement());
            var separator = Consume(values: true);
            if (separator.Kind == LabelTokenKind.EndOfString)
            {
                return requirements;
            }

            if (separator.Kind != LabelTokenKind.Comma)
            {
                throw Syntax($"found '{separator.Literal}', expected: ',' or 'end of string'");
            }

            var after = Lookahead(values: true);
            if (after.Kind is not (LabelTokenKind.Identifier or LabelTokenKind.DoesNotExist))
            {
                throw Syntax($"found '{after.Literal}', expected: identifier after ','");
            }
        }
    }

    private LabelRequirement ParseRequirement()
    {
        var (key, op) = ParseKeyAndInferOperator();
        if (op is LabelOperator.Exists or LabelOperator.DoesNotExist)
        {
            return Create(key, op.Value, []);
        }

        var binary = ParseOperator();
        var values = binary is LabelOperator.In or LabelOperator.NotIn ? ParseValueSet() : ParseExactValue();
        return Create(key, binary, [.. values]);
    }

    private (string Key, LabelOperator? Operator) ParseKeyAndInferOperator()
    {
        LabelOperator? op = null;
        var token = Consume(values: true);
        if (token.Kind == LabelTokenKind.DoesNotExist)
        {
            op = LabelOperator.DoesNotExist;
            token = Consume(values: true);
        }

        if (token.Kind != LabelTokenKind.Identifier)
        {
            throw Requirement($"found '{token.Literal}', expected: identifier");
        }

        var keyErrors = LabelValidation.QualifiedNameErrors(token.Literal);
        if (keyErrors.Count > 0)
        {
            // apimachinery validates the key against a nil field path, which prints as "<nil>".
            throw Requirement(LabelRequirement.Invalid("<nil>", token.Literal, string.Join("; ", keyErrors)));
        }

        if (op is null && Lookahead(values: true).Kind is LabelTokenKind.EndOfString or LabelTokenKind.Comma)
        {
            op = LabelOperator.Exists;
        }

        return (token.Literal, op);
    }

    private LabelOperator ParseOperator()
    {
        var token = Consume(values: false);
        return token.Kind switch
        {
            LabelTokenKind.In => LabelOperator.In,
            LabelTokenKind.Equals => LabelOperator.Equals,
            LabelTokenKind.DoubleEquals => LabelOperator.DoubleEquals,
            LabelTokenKind.GreaterThan => LabelOperator.GreaterThan,
            LabelTokenKind.LessThan => LabelOperator.LessThan,
            LabelTokenKind.NotIn => LabelOperator.NotIn,
            LabelTokenKind.NotEquals => LabelOperator.NotEquals,
            _ => throw Requirement($"found '{token.Literal}', expected: in, notin, =, ==, !=, gt, lt"),
        };
    }

    private SortedSet<string> ParseValueSet()
    {
        var open = Consume(values: true);
        if (open.Kind != LabelTokenKind.OpenPar)
        {
            // Upstream has no comma in this one message.
            throw Requirement($"found '{open.Literal}' expected: '('");
        }

        var first = Lookahead(values: true);
        switch (first.Kind)
        {
            case LabelTokenKind.Identifier or LabelTokenKind.Comma:
                var values = ParseIdentifierList();
                // The list only returns when it sees ')', so upstream's "expected: ')'" check cannot fail.
                Consume(values: true);
                return values;
            case LabelTokenKind.ClosedPar:
                Consume(values: true);
                return NewSet(string.Empty);
            default:
                throw Requirement($"found '{first.Literal}', expected: ',', ')' or identifier");
        }
    }

    // A possibly empty list of possibly empty values: "(a,,b)", "(,a)" and "(a,)" all hold "".
    private SortedSet<string> ParseIdentifierList()
    {
        var values = NewSet();
        while (true)
        {
            var token = Consume(values: true);
            if (token.Kind == LabelTokenKind.Identifier)
            {
                values.Add(token.Literal);
                var next = Lookahead(values: true);
                if (next.Kind == LabelTokenKind.ClosedPar)
                {
                    return values;
                }

                if (next.Kind != LabelTokenKind.Comma)
                {
                    throw Requirement($"found '{next.Literal}', expected: ',' or ')'");
                }
            }
            else if (token.Kind == LabelTokenKind.Comma)
            {
                if (values.Count == 0)
                {
                    values.Add(string.Empty);
                }

                var next = Lookahead(values: true).Kind;
                if (next == LabelTokenKind.ClosedPar)
                {
                    values.Add(string.Empty);
                    return values;
                }

                if (next == LabelTokenKind.Comma)
                {
                    Consume(values: true);
                    values.Add(string.Empty);
                }
            }
            else
            {
                throw Requirement($"found '{token.Literal}', expected: ',', or identifier");
            }
        }
    }

    private SortedSet<string> ParseExactValue()
    {
        if (Lookahead(values: true).Kind is LabelTokenKind.EndOfString or LabelTokenKind.Comma)
        {
            return NewSet(string.Empty);
        }

        var token = Consume(values: true);
        return token.Kind == LabelTokenKind.Identifier
            ? NewSet(token.Literal)
            : throw Requirement($"found '{token.Literal}', expected: identifier");
    }

    // In value position "in" and "notin" are ordinary identifiers ("x in (in)").
    private LabelToken Lookahead(bool values) => AsContext(_tokens[Math.Min(_position, _tokens.Count - 1)], values);

    private LabelToken Consume(bool values)
    {
        var token = Lookahead(values);
        _position++;
        return token;
    }

    private static LabelToken AsContext(LabelToken token, bool values) =>
        values && token.Kind is (LabelTokenKind.In or LabelTokenKind.NotIn)
            ? token with { Kind = LabelTokenKind.Identifier }
            : token;

    private static SortedSet<string> NewSet(params string[] values) => new(values, GoStringComparer.Instance);

    private static LabelRequirement Create(string key, LabelOperator op, string[] values)
    {
        try
        {
            return LabelRequirement.Create(key, op, values);
        }
        catch (SelectorParseException e)
        {
            throw Requirement(e.Message);
        }
    }

    private static SelectorParseException Requirement(string message) => new(RequirementPrefix + message);

    private static SelectorParseException Syntax(string message) => new(message);
}
