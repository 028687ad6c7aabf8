import Testing
import TestSupport

extension SentenceCase: CustomTestStringConvertible {}
