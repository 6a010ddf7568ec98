using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace DentalLab.Data;

/// <summary>SQL that LINQ has no words for, usable in a query (each translates to SQL; called outside a query, it throws).</summary>
public static class LabDbFunctions
{
    /// <summary>
    /// <c>count(*) OVER ()</c>: the number of rows the query's FROM and WHERE give, before its ORDER BY and LIMIT, so a
    /// page and the number of rows it is a page of come from one read.
    /// </summary>
    public static long RowsBeforeLimit() => throw new InvalidOperationException($"{nameof(RowsBeforeLimit)} is SQL: it runs only inside a query.");

    internal static void Configure(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(LabDbFunctions).GetMethod(nameof(RowsBeforeLimit))!)
            .HasTranslation(_ => new SqlFragmentExpression("count(*) OVER ()", typeof(long), new LongTypeMapping("bigint")));
}
