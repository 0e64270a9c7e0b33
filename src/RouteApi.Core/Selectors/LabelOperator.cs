namespace RouteApi.Core.Selectors;

/// <summary>The operators of a label requirement (<c>k8s.io/apimachinery/pkg/selection</c>).</summary>
internal enum LabelOperator
{
    Exists,
    DoesNotExist,
    Equals,
    DoubleEquals,
    NotEquals,
    In,
    NotIn,
    GreaterThan,
    LessThan,
}
