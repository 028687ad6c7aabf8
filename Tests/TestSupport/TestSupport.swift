// Shared helpers for the test targets.
import Foundation
