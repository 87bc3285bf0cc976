"""``python -m baocao`` and the ``baocao`` console script: the collector held while the
CLI and a command's library load (``collector``), then the CLI (``cli.main``)."""

from baocao.collector import hold


def main() -> None:
    """The console script."""
    hold()
    from baocao.cli import main as run_cli

    run_cli()


if __name__ == "__main__":
    main()
