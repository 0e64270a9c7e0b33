using RouteApi.Core.Validation;

namespace RouteApi.Core.Paging;

/// <summary>
/// The syntax check Go's <c>json.Unmarshal</c> runs before decoding (<c>encoding/json/scanner.go</c>),
/// so a malformed token is reported with Go's text, such as
/// <c>invalid character 'x' looking for beginning of value</c> or <c>unexpected end of JSON input</c>.
/// </summary>
internal sealed class GoJsonScanner
{
    private const int MaxNestingDepth = 10000;
    private readonly List<Container> _stack = [];
    private State _state = State.BeginValue;
    private string _literal = string.Empty;
    private int _progress;
    private bool _endTop;
    private string? _error;

    private enum State
    {
        BeginValueOrEmpty, BeginValue, BeginStringOrEmpty, BeginString, EndValue, EndTop,
        InString, InStringEscape, InStringEscapeU, Negative, Zero, Digits, Dot, DotDigits,
        Exponent, ExponentSign, ExponentDigits, Literal,
    }

    private enum Container
    {
        ObjectKey,
        ObjectValue,
        ArrayValue,
    }

    /// <summary>Returns Go's syntax error text, or null when the JSON is well formed.</summary>
    public static string? Check(ReadOnlySpan<byte> data)
    {
        var scanner = new GoJsonScanner();
        foreach (var c in data)
        {
            if (!scanner.Step(c))
            {
                return scanner._error;
            }
        }

        // Go's scanner.eof: a trailing space ends a pending number; anything else left open is truncation.
        if (!scanner._endTop && !scanner.Step((byte)' '))
        {
            return scanner._error;
        }

        return scanner._endTop ? null : "unexpected end of JSON input";
    }

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    private static bool IsHex(byte c) => IsDigit(c) || c is >= (byte)'a' and <= (byte)'f' || c is >= (byte)'A' and <= (byte)'F';

    private bool Step(byte c) => _state switch
    {
        State.BeginValueOrEmpty => IsSpace(c) || (c == ']' ? EndValue(c) : BeginValue(c)),
        State.BeginValue => BeginValue(c),
        State.BeginStringOrEmpty => IsSpace(c) || (c == '}' ? CloseEmptyObject(c) : BeginString(c)),
        State.BeginString => BeginString(c),
        State.EndValue => EndValue(c),
        State.EndTop => IsSpace(c) || Error(c, "after top-level value"),
        State.InString => InString(c),
        State.InStringEscape => InStringEscape(c),
        State.InStringEscapeU => IsHex(c) ? Go(++_progress == 4 ? State.InString : State.InStringEscapeU) : Error(c, "in \\u hexadecimal character escape"),
        State.Negative => c == '0' ? Go(State.Zero) : c is >= (byte)'1' and <= (byte)'9' ? Go(State.Digits) : Error(c, "in numeric literal"),
        State.Digits => IsDigit(c) || Zero(c),
        State.Zero => Zero(c),
        State.Dot => IsDigit(c) ? Go(State.DotDigits) : Error(c, "after decimal point in numeric literal"),
        State.DotDigits => IsDigit(c) || (c is (byte)'e' or (byte)'E' ? Go(State.Exponent) : EndValue(c)),
        State.Exponent => c is (byte)'+' or (byte)'-' ? Go(State.ExponentSign) : ExponentSign(c),
        State.ExponentSign => ExponentSign(c),
        State.ExponentDigits => IsDigit(c) || EndValue(c),
        _ => Literal(c),
    };

    private bool BeginValue(byte c)
    {
        switch (c)
        {
            case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n': return true;
            case (byte)'{': return Push(c, Container.ObjectKey, State.BeginStringOrEmpty);
            case (byte)'[': return Push(c, Container.ArrayValue, State.BeginValueOrEmpty);
            case (byte)'"': return Go(State.InString);
            case (byte)'-': return Go(State.Negative);
            case (byte)'0': return Go(State.Zero);
            case >= (byte)'1' and <= (byte)'9': return Go(State.Digits);
            case (byte)'t': return StartLiteral("true");
            case (byte)'f': return StartLiteral("false");
            case (byte)'n': return StartLiteral("null");
            default: return Error(c, "looking for beginning of value");
        }
    }

    private bool BeginString(byte c) =>
        IsSpace(c) || (c == '"' ? Go(State.InString) : Error(c, "looking for beginning of object key string"));

    private bool CloseEmptyObject(byte c)
    {
        _stack[^1] = Container.ObjectValue;
        return EndValue(c);
    }

    private bool EndValue(byte c)
    {
        if (_stack.Count == 0)
        {
            _endTop = true;
            _state = State.EndTop;
            return IsSpace(c) || Error(c, "after top-level value");
        }

        if (IsSpace(c))
        {
            return Go(State.EndValue);
        }

        switch (_stack[^1])
        {
            case Container.ObjectKey when c == ':':
                _stack[^1] = Container.ObjectValue;
                return Go(State.BeginValue);
            case Container.ObjectKey:
                return Error(c, "after object key");
            case Container.ObjectValue when c == ',':
                _stack[^1] = Container.ObjectKey;
                return Go(State.BeginString);
            case Container.ObjectValue:
                return c == '}' ? Pop() : Error(c, "after object key:value pair");
            default:
                return c == ',' ? Go(State.BeginValue) : c == ']' ? Pop() : Error(c, "after array element");
        }
    }

    private bool InString(byte c) => c switch
    {
        (byte)'"' => Go(State.EndValue),
        (byte)'\\' => Go(State.InStringEscape),
        < 0x20 => Error(c, "in string literal"),
        _ => true,
    };

    private bool InStringEscape(byte c)
    {
        if (c == 'u')
        {
            _progress = 0;
            return Go(State.InStringEscapeU);
        }

        return "bfnrt\\/\""u8.Contains(c) ? Go(State.InString) : Error(c, "in string escape code");
    }

    private bool Zero(byte c) => c switch
    {
        (byte)'.' => Go(State.Dot),
        (byte)'e' or (byte)'E' => Go(State.Exponent),
        _ => EndValue(c),
    };

    private bool ExponentSign(byte c) => IsDigit(c) ? Go(State.ExponentDigits) : Error(c, "in exponent of numeric literal");

    private bool StartLiteral(string literal)
    {
        _literal = literal;
        _progress = 1;
        return Go(State.Literal);
    }

    private bool Literal(byte c)
    {
        var expected = _literal[_progress];
        if (c != expected)
        {
            return Error(c, $"in literal {_literal} (expecting '{expected}')");
        }

        return ++_progress == _literal.Length ? Go(State.EndValue) : true;
    }

    private bool Push(byte c, Container container, State next)
    {
        _stack.Add(container);
        return _stack.Count <= MaxNestingDepth ? Go(next) : Error(c, "exceeded max depth");
    }

    private bool Pop()
    {
        _stack.RemoveAt(_stack.Count - 1);
        _endTop = _stack.Count == 0;
        return Go(_endTop ? State.EndTop : State.EndValue);
    }

    private bool Go(State next)
    {
        _state = next;
        return true;
    }

    // Go's quoteChar: the byte as a rune, quoted with single quotes.
    private bool Error(byte c, string context)
    {
        var quoted = c switch
        {
            (byte)'\'' => "'\\''",
            (byte)'"' => "'\"'",
            _ => "'" + GoFormat.Quote(((char)c).ToString())[1..^1] + "'",
        };
        _error = "invalid character " + quoted + " " + context;
        return false;
    }
}
