namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// Finalizers must be qualified names, and <c>orphan</c> and <c>foregroundDeletion</c> cannot both be
/// set. Errors are on <c>metadata.finalizers</c> without an index, as upstream reports them.
/// </summary>
internal sealed class FinalizersRule : IRouteRule
{
    private const string Field = "metadata.finalizers";
    private const string Orphan = "orphan";
    private const string ForegroundDeletion = "foregroundDeletion";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var finalizers = context.Metadata.Finalizers;
        if (finalizers is null)
        {
            return;
        }

        foreach (var finalizer in finalizers)
        {
            foreach (var message in QualifiedNames.QualifiedNameErrors(finalizer ?? string.Empty))
            {
                errors.Add(FieldError.Invalid(Field, finalizer ?? string.Empty, message));
            }
        }

        if (finalizers.Contains(Orphan) && finalizers.Contains(ForegroundDeletion))
        {
            errors.Add(FieldError.Invalid(Field, new RawValue(GoSyntax.StringSlice(finalizers)),
                $"finalizer {Orphan} and {ForegroundDeletion} cannot be both set"));
        }
    }
}
