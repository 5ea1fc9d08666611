namespace Learning.Core.Cultures;

/// <summary>Evaluates the C expression of a gettext Plural-Forms header for a number n.</summary>
internal sealed class PluralExpression
{
    private readonly Func<long, long> evaluate;

    private PluralExpression(Func<long, long> evaluate) => this.evaluate = evaluate;

    public long Evaluate(long n) => evaluate(n);

    public static PluralExpression Parse(string text)
    {
        var parser = new Parser(text);
        var node = parser.Ternary();
        parser.ExpectEnd();
        return new PluralExpression(node);
    }

    private sealed class Parser(string text)
    {
        private int position;

        public void ExpectEnd()
        {
            SkipSpace();
            if (position != text.Length)
            {
                throw Error("unexpected text");
            }
        }

        public Func<long, long> Ternary()
        {
            var condition = Binary(0);
            if (!Accept("?"))
            {
                return condition;
            }
            var then = Ternary();
            Expect(":");
            var otherwise = Ternary();
            return n => condition(n) != 0 ? then(n) : otherwise(n);
        }

        private static readonly string[][] Levels =
        [
            ["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"],
        ];

        private Func<long, long> Binary(int level)
        {
            if (level == Levels.Length)
            {
                return Unary();
            }
            var left = Binary(level + 1);
            while (Levels[level].FirstOrDefault(Accept) is { } op)
            {
                var l = left;
                var r = Binary(level + 1);
                left = Combine(op, l, r);
            }
            return left;
        }

        private static Func<long, long> Combine(string op, Func<long, long> l, Func<long, long> r) => op switch
        {
            "||" => n => l(n) != 0 || r(n) != 0 ? 1 : 0,
            "&&" => n => l(n) != 0 && r(n) != 0 ? 1 : 0,
            "==" => n => l(n) == r(n) ? 1 : 0,
            "!=" => n => l(n) != r(n) ? 1 : 0,
            "<=" => n => l(n) <= r(n) ? 1 : 0,
            ">=" => n => l(n) >= r(n) ? 1 : 0,
            "<" => n => l(n) < r(n) ? 1 : 0,
            ">" => n => l(n) > r(n) ? 1 : 0,
            "+" => n => l(n) + r(n),
            "-" => n => l(n) - r(n),
            "*" => n => l(n) * r(n),
            "/" => n => r(n) == 0 ? 0 : l(n) / r(n),
            _ => n => r(n) == 0 ? 0 : l(n) % r(n),
        };

        private Func<long, long> Unary()
        {
            if (Accept("!"))
            {
                var operand = Unary();
                return n => operand(n) == 0 ? 1 : 0;
            }
            if (Accept("("))
            {
                var inner = Ternary();
                Expect(")");
                return inner;
            }
            if (Accept("n"))
            {
                return n => n;
            }
            return Number();
        }

        private Func<long, long> Number()
        {
            SkipSpace();
            var start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
            if (start == position)
            {
                throw Error("expected a number, n, ! or (");
            }
            var value = long.Parse(text.AsSpan(start, position - start));
            return _ => value;
        }

        private bool Accept(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0)
            {
                return false;
            }
            // "<" must not swallow the first half of "<=", nor "!" the first half of "!=".
            var next = position + token.Length;
            if (token is "<" or ">" or "!" && next < text.Length && text[next] == '=')
            {
                return false;
            }
            position = next;
            return true;
        }

        private void Expect(string token)
        {
            if (!Accept(token))
            {
                throw Error($"expected '{token}'");
            }
        }

        private void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private FormatException Error(string message) => new($"plural expression '{text}' at {position}: {message}");
    }
}
