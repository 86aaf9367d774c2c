import Foundation
import WartaPage

/// Runs the pipeline over many inputs. A failed input is reported (file,
/// stage, reason) and the batch goes on; an output file is written whole
/// (temporary file, then rename) or not at all.
public struct BatchRunner {
    public enum Destination {
        /// One pretty JSON file per article under this folder.
        case folder(String)
        /// JSON Lines on standard output.
        case standardOutput
    }

    public struct Summary: Sendable {
        public var written = 0
        public var failures: [Pipeline.Failure] = []
    }

    public var pipeline: Pipeline
    public var destination: Destination

    public init(pipeline: Pipeline, destination: Destination) {
        self.pipeline = pipeline
        self.destination = destination
    }

    public func run(_ inputs: [InputFile], onFailure: (Pipeline.Failure) -> Void) -> Summary {
        var summary = Summary()
        for input in inputs {
            do {
                let record = try pipeline.record(for: input)
                switch destination {
                case .folder(let folder):
                    let path = (folder as NSString).appendingPathComponent(input.outputRelativePath(extension: ".json"))
                    do {
                        try AtomicFile.write(try RecordCoder.encode(record, pretty: true), to: path)
                    } catch {
                        throw Pipeline.Failure(source: input.path, stage: "write", reason: "cannot write \(path): \(error.localizedDescription)")
                    }
                case .standardOutput:
                    FileHandle.standardOutput.write(try RecordCoder.encode(record, pretty: false))
                }
                summary.written += 1
            } catch let failure as Pipeline.Failure {
                summary.failures.append(failure)
                onFailure(failure)
            } catch {
                let failure = Pipeline.Failure(source: input.path, stage: "write", reason: "\(error)")
                summary.failures.append(failure)
                onFailure(failure)
            }
        }
        return summary
    }
}
