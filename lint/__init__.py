"""newslint: a linter for news articles.

Data flows one way: files -> :class:`lint.document.Document` -> check types ->
:class:`lint.finding.Finding` -> reporters -> exit code.
"""

__version__ = "0.1.0"
