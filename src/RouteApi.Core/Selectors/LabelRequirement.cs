using System.Globalization;
using RouteApi.Core.Validation;

namespace RouteApi.Core.Selectors;

/// <summary>
/// One requirement of a label selector: a key, an operator and (for all but exists/does-not-exist)
/// values, sorted and deduplicated as apimachinery's <c>sets.String</c> leaves them.
/// </summary>
internal sealed class LabelRequirement
{
    private readonly long _bound;

    private LabelRequirement(string key, LabelOperator op, string[] values, long bound)
    {
        Key = key;
        Operator = op;
        Values = values;
        _bound = bound;
    }

    public string Key { get; }

    public LabelOperator Operator { get; }

    public IReadOnlyList<string> Values { get; }

    /// <summary>
    /// Validates and builds a requirement, as apimachinery's <c>NewRequirement</c> does for what the
    /// parser produces: integer values for <c>gt</c>/<c>lt</c>, then each value as a label value.
    /// Throws the aggregated field errors (without the <c>unable to parse requirement</c> prefix).
    /// </summary>
    public static LabelRequirement Create(string key, LabelOperator op, string[] values)
    {
        var errors = new List<string>();
        long bound = 0;
        if (op is LabelOperator.GreaterThan or LabelOperator.LessThan)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!TryParseInt64(values[i], out bound))
                {
                    errors.Add(Invalid($"values[{i}]", values[i], "for 'Gt', 'Lt' operators, the value must be an integer"));
                }
            }
        }

        for (var i = 0; i < values.Length; i++)
        {
            var valueErrors = LabelValidation.LabelValueErrors(values[i]);
            if (valueErrors.Count > 0)
            {
                errors.Add(Invalid($"values[{i}][{key}]", values[i], string.Join("; ", valueErrors)));
            }
        }

        if (errors.Count > 0)
        {
            throw new SelectorParseException(Aggregate(errors));
        }

        return new LabelRequirement(key, op, values, bound);
    }

    /// <summary>Renders a field error as <c>field.Invalid(path, value, detail).Error()</c> does.</summary>
    public static string Invalid(string path, string value, string detail) => FieldError.Invalid(path, value, detail).ToString();

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        var present = labels.TryGetValue(Key, out var actual);
        return Operator switch
        {
            LabelOperator.Exists => present,
            LabelOperator.DoesNotExist => !present,
            LabelOperator.Equals or LabelOperator.DoubleEquals or LabelOperator.In => present && Values.Contains(actual!),
            LabelOperator.NotEquals or LabelOperator.NotIn => !present || !Values.Contains(actual!),
            LabelOperator.GreaterThan => present && TryParseInt64(actual!, out var greater) && greater > _bound,
            LabelOperator.LessThan => present && TryParseInt64(actual!, out var less) && less < _bound,
            _ => false,
        };
    }

    public override string ToString()
    {
        var values = string.Join(",", Values);
        return Operator switch
        {
            LabelOperator.Exists => Key,
            LabelOperator.DoesNotExist => "!" + Key,
            LabelOperator.Equals => Key + "=" + values,
            LabelOperator.DoubleEquals => Key + "==" + values,
            LabelOperator.NotEquals => Key + "!=" + values,
            LabelOperator.In => Key + " in (" + values + ")",
            LabelOperator.NotIn => Key + " notin (" + values + ")",
            LabelOperator.GreaterThan => Key + ">" + values,
            _ => Key + "<" + values,
        };
    }

    // Go's strconv.ParseInt(s, 10, 64): an optional sign and ASCII digits, nothing else.
    private static bool TryParseInt64(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    // field.ErrorList.ToAggregate(): duplicates dropped, one error bare, several in brackets.
    private static string Aggregate(List<string> errors)
    {
        var distinct = errors.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 1 ? distinct[0] : "[" + string.Join(", ", distinct) + "]";
    }
}
