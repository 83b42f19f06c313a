/** @internal The parent hierarchy of the locations in Euler-tour form. */
export interface LocationTree {
  readonly parent: Int32Array
  readonly tin: Int32Array
  readonly tout: Int32Array
  readonly byTin: Uint32Array
}

/**
 * Numbers the locations in depth-first order so that every subtree (a governorate and all
 * places inside it) is one contiguous range `[tin, tout)`: "is X inside Y" becomes two integer
 * comparisons, and the operations of a subtree one slice of an array sorted by tin.
 *
 * @internal
 * @param parentOf - parent location index of each location, -1 for roots
 * @returns the tree
 */
export function buildLocationTree(parentOf: Int32Array): LocationTree {
  const n = parentOf.length
  const childStart = new Uint32Array(n + 1)
  for (let i = 0; i < n; i++) if (parentOf[i]! >= 0) childStart[parentOf[i]! + 1]! += 1
  for (let i = 0; i < n; i++) childStart[i + 1]! += childStart[i]!
  const children = new Uint32Array(childStart[n]!)
  const fill = childStart.slice(0, n)
  for (let i = 0; i < n; i++) if (parentOf[i]! >= 0) children[fill[parentOf[i]!]!++] = i
  const tin = new Int32Array(n).fill(-1)
  const tout = new Int32Array(n)
  const byTin = new Uint32Array(n)
  let clock = 0
  const stack: number[] = []
  const visit = (root: number): void => {
    // Iterative DFS: a deep hierarchy must not overflow the call stack. A node is pushed as
    // ~node after its children so its tout is set once the whole subtree is numbered.
    stack.push(root)
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node < 0) {
        tout[~node] = clock
        continue
      }
      if (tin[node] !== -1) continue
      tin[node] = clock
      byTin[clock++] = node
      stack.push(~node)
      for (let c = childStart[node + 1]! - 1; c >= childStart[node]!; c--) stack.push(children[c]!)
    }
  }
  for (let i = 0; i < n; i++) if (parentOf[i]! < 0) visit(i)
  // Only a looping parent chain (rejected by parseDataset) leaves nodes unvisited.
  for (let i = 0; i < n; i++) if (tin[i] === -1) visit(i)
  return { parent: parentOf, tin, tout, byTin }
}
