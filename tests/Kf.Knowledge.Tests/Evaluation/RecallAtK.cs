using System.Globalization;

namespace Kf.Knowledge.Tests.Evaluation;

/// <summary>How often the expected FAQ came first, and within the first five.</summary>
public sealed class RecallAtK
{
    private int _questions;
    private int _at1;
    private int _at5;

    public double At1 => _questions == 0 ? 0 : (double)_at1 / _questions;

    public double At5 => _questions == 0 ? 0 : (double)_at5 / _questions;

    public void Add(IReadOnlyList<long> ranked, long expected)
    {
        _questions++;
        var rank = ranked.Take(5).ToList().IndexOf(expected);
        _at1 += rank == 0 ? 1 : 0;
        _at5 += rank >= 0 ? 1 : 0;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"r@1 {At1:0.00} r@5 {At5:0.00}");
}
