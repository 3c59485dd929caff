namespace Platforma.Domain.Tests;

public class Smoke
{
    [Fact]
    public void Runs() => Assert.Equal(4, 2 + 2);
}
